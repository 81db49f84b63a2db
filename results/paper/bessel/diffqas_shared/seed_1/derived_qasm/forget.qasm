// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.180207065988) q[0];
ry(pi*0.110985413425) q[1];
ry(pi*0.120441174744) q[2];
ry(pi*0.025746049452) q[3];
ry(pi*0.06745839654) q[4];
ry(pi*-0.280537232526) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002128254632) q[0];
ry(pi*-0.063122151338) q[1];
ry(pi*0.002166296622) q[2];
ry(pi*0.113027146696) q[3];
ry(pi*-0.336711060881) q[4];
ry(pi*-0.149397363303) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.232164751378) q[0];
ry(pi*0.015093763499) q[1];
ry(pi*-0.253833090146) q[2];
ry(pi*0.022406331222) q[3];
ry(pi*0.189785286907) q[4];
ry(pi*0.06172430095) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.428533657626) q[0];
ry(pi*-0.474604535779) q[1];
ry(pi*0.34393751486) q[2];
ry(pi*-0.484534188903) q[3];
ry(pi*-0.063848058152) q[4];
ry(pi*-0.040139622512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.088920610634) q[0];
ry(pi*0.301352423749) q[1];
ry(pi*-0.251549568179) q[2];
ry(pi*-0.244013497931) q[3];
ry(pi*0.471524841427) q[4];
ry(pi*0.001809425612) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
