// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rz(pi*0.001100022643) q[0];
rz(pi*0.002615281805) q[1];
rz(pi*0.001051816597) q[2];
rz(pi*-0.004148081198) q[3];
rz(pi*0.002881844463) q[4];
rz(pi*0.001420852029) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001709176281) q[0];
rz(pi*0.001849771011) q[1];
rz(pi*0.00116047834) q[2];
rz(pi*0.00093626656) q[3];
rz(pi*9.0450648e-05) q[4];
rz(pi*0.001740257199) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002344224532) q[0];
rz(pi*-0.00051856062) q[1];
rz(pi*-0.001534645382) q[2];
rz(pi*0.00190618203) q[3];
rz(pi*0.000126473161) q[4];
rz(pi*-0.000930918098) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002488891882) q[0];
rz(pi*-0.000818704004) q[1];
rz(pi*2.5923455e-05) q[2];
rz(pi*-0.000877261315) q[3];
rz(pi*0.00411915339) q[4];
rz(pi*0.00320450509) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.008629898363) q[0];
rz(pi*-0.006012916126) q[1];
rz(pi*-0.000556319797) q[2];
rz(pi*-0.001343852615) q[3];
rz(pi*0.000680041233) q[4];
rz(pi*0.000691757053) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
