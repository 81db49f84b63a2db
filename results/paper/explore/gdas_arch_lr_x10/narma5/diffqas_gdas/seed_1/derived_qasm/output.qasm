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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.005510655912) q[0];
rx(pi*-0.001772886175) q[1];
rx(pi*-0.001043577162) q[2];
rx(pi*0.000460341484) q[3];
rx(pi*-0.002836359672) q[4];
rx(pi*-0.002586107055) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000114082687) q[0];
rx(pi*-0.003016207091) q[1];
rx(pi*0.000409127257) q[2];
rx(pi*0.003755822603) q[3];
rx(pi*-0.003389124154) q[4];
rx(pi*-0.005047983522) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000352239177) q[0];
rx(pi*0.001139118065) q[1];
rx(pi*0.002151192981) q[2];
rx(pi*-0.003526963834) q[3];
rx(pi*-0.007395587131) q[4];
rx(pi*0.002542710452) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002293027462) q[0];
rx(pi*0.004760900948) q[1];
rx(pi*-0.003049090716) q[2];
rx(pi*0.001711161304) q[3];
rx(pi*0.003060324065) q[4];
rx(pi*-0.006025315409) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003290413395) q[0];
rx(pi*0.004504996824) q[1];
rx(pi*0.001640099471) q[2];
rx(pi*0.001627352749) q[3];
rx(pi*0.002328801912) q[4];
rx(pi*-0.000904497658) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
