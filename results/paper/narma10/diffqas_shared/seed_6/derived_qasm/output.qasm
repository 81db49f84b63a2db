// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.025524433529) q[0];
ry(pi*-0.092025813845) q[1];
ry(pi*0.001841604726) q[2];
ry(pi*0.000292829409) q[3];
ry(pi*0.010574205981) q[4];
ry(pi*0.000370155565) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.029856260452) q[0];
ry(pi*0.041228686689) q[1];
ry(pi*0.003208035503) q[2];
ry(pi*-0.006199855202) q[3];
ry(pi*-0.004210703716) q[4];
ry(pi*0.001211271202) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.033871963453) q[0];
ry(pi*-0.068680103939) q[1];
ry(pi*-0.001073291005) q[2];
ry(pi*-0.008496909481) q[3];
ry(pi*0.001244888984) q[4];
ry(pi*-0.002091308912) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.031732492073) q[0];
ry(pi*0.039287020433) q[1];
ry(pi*0.002486858833) q[2];
ry(pi*0.000544671345) q[3];
ry(pi*-0.005697270673) q[4];
ry(pi*0.000121331416) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.026775000849) q[0];
ry(pi*-0.044187780769) q[1];
ry(pi*-0.006108445689) q[2];
ry(pi*-0.000627120533) q[3];
ry(pi*-0.000467131393) q[4];
ry(pi*0.004540311333) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
