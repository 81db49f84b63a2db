// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.000300497289) q[0];
ry(pi*-0.042645775444) q[1];
ry(pi*0.003842390212) q[2];
ry(pi*-0.00027933217) q[3];
ry(pi*-0.506106999887) q[4];
ry(pi*0.000963385213) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000777623633) q[0];
ry(pi*-0.042605003009) q[1];
ry(pi*0.001159613894) q[2];
ry(pi*-0.215864466978) q[3];
ry(pi*-0.283863306979) q[4];
ry(pi*-0.496403577806) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.488874280829) q[0];
ry(pi*-0.490180364781) q[1];
ry(pi*-0.496365328747) q[2];
ry(pi*-0.495038602446) q[3];
ry(pi*-0.500628694881) q[4];
ry(pi*-0.498339784654) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001156101342) q[0];
ry(pi*-0.001199541153) q[1];
ry(pi*-0.216953312968) q[2];
ry(pi*-0.283315639644) q[3];
ry(pi*-0.494697168879) q[4];
ry(pi*0.041671173854) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000639528266) q[0];
ry(pi*0.00066016476) q[1];
ry(pi*-0.493698177822) q[2];
ry(pi*-0.000754638372) q[3];
ry(pi*-0.000152152219) q[4];
ry(pi*-0.001951425511) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
