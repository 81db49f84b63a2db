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
ry(pi*0.077829246682) q[0];
ry(pi*0.061806377056) q[1];
ry(pi*0.057128072187) q[2];
ry(pi*0.067733069751) q[3];
ry(pi*0.078546160413) q[4];
ry(pi*0.000744571772) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.070710183199) q[0];
ry(pi*-0.028277502543) q[1];
ry(pi*0.006487317231) q[2];
ry(pi*-0.011522801863) q[3];
ry(pi*0.012524899708) q[4];
ry(pi*0.002033182787) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.070914035887) q[0];
ry(pi*0.056054670013) q[1];
ry(pi*-0.033871728665) q[2];
ry(pi*0.005277275107) q[3];
ry(pi*-0.016865703112) q[4];
ry(pi*-0.005373603305) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.069064145555) q[0];
ry(pi*-0.039456017811) q[1];
ry(pi*-0.019865511523) q[2];
ry(pi*0.008968617049) q[3];
ry(pi*0.025513849108) q[4];
ry(pi*0.002960551721) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.069655981446) q[0];
ry(pi*0.067388709638) q[1];
ry(pi*0.056330737722) q[2];
ry(pi*0.066126571313) q[3];
ry(pi*-0.096336782603) q[4];
ry(pi*-0.004092209124) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
