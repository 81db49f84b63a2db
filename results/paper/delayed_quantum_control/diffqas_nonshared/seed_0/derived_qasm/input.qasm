// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.697359733965) q[0];
ry(pi*0.007501197745) q[1];
ry(pi*0.004764819413) q[2];
ry(pi*-0.499771050795) q[3];
ry(pi*0.001340216962) q[4];
ry(pi*0.094587466807) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003014488871) q[0];
ry(pi*0.473934076821) q[1];
ry(pi*-0.002227356557) q[2];
ry(pi*-0.000931749119) q[3];
ry(pi*0.001206350368) q[4];
ry(pi*0.375034645186) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004399139564) q[0];
ry(pi*0.063477287973) q[1];
ry(pi*0.076398113351) q[2];
ry(pi*0.000161331166) q[3];
ry(pi*0.016758151348) q[4];
ry(pi*-0.002958337246) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00280387566) q[0];
ry(pi*-0.561072529832) q[1];
ry(pi*-0.002397918149) q[2];
ry(pi*0.006469922779) q[3];
ry(pi*0.002167117193) q[4];
ry(pi*-0.002658945212) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002205843239) q[0];
ry(pi*-3.5944922e-05) q[1];
ry(pi*0.036910581806) q[2];
ry(pi*-0.004877412592) q[3];
ry(pi*0.005557685796) q[4];
ry(pi*-0.001170273762) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
