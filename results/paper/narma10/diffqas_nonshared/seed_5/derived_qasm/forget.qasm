// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.000171494611) q[0];
rz(pi*0.004218102198) q[1];
rz(pi*0.001110985853) q[2];
rz(pi*0.002033826822) q[3];
rz(pi*-0.000479637065) q[4];
rz(pi*-0.004111978727) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002262685592) q[0];
rz(pi*0.002072950555) q[1];
rz(pi*0.000328546255) q[2];
rz(pi*-0.002877011749) q[3];
rz(pi*-0.005149841683) q[4];
rz(pi*0.000352311363) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001080760783) q[0];
rz(pi*-0.001115772618) q[1];
rz(pi*-0.001048671716) q[2];
rz(pi*0.000903697912) q[3];
rz(pi*0.000937256034) q[4];
rz(pi*0.003062550399) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002955257732) q[0];
rz(pi*0.004240184105) q[1];
rz(pi*0.002566733211) q[2];
rz(pi*-0.001068273158) q[3];
rz(pi*-0.000172743662) q[4];
rz(pi*0.001573135454) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000987690933) q[0];
rz(pi*0.001748917962) q[1];
rz(pi*0.003672052883) q[2];
rz(pi*-0.002550445404) q[3];
rz(pi*-0.005635307457) q[4];
rz(pi*0.003799521585) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
