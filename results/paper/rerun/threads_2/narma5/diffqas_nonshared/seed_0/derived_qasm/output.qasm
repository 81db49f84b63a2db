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
rz(pi*0.000373043388) q[0];
rz(pi*0.000552906296) q[1];
rz(pi*0.000883540776) q[2];
rz(pi*0.003647293151) q[3];
rz(pi*0.001011200835) q[4];
rz(pi*-0.005258684779) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002548126282) q[0];
rz(pi*-0.003394863114) q[1];
rz(pi*0.00112846383) q[2];
rz(pi*-0.000855054233) q[3];
rz(pi*0.00112260251) q[4];
rz(pi*-0.001573618963) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00231839536) q[0];
rz(pi*0.003238238339) q[1];
rz(pi*0.0012827952) q[2];
rz(pi*-0.000761840753) q[3];
rz(pi*-0.005293213994) q[4];
rz(pi*-0.004095339923) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003769979534) q[0];
rz(pi*-0.000194765631) q[1];
rz(pi*-0.003051339283) q[2];
rz(pi*0.003406030058) q[3];
rz(pi*0.002363192537) q[4];
rz(pi*-0.000525011058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00271119112) q[0];
rz(pi*-0.001599857828) q[1];
rz(pi*0.000926514494) q[2];
rz(pi*6.6966907e-05) q[3];
rz(pi*-0.000675843809) q[4];
rz(pi*0.003733531404) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
