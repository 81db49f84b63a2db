// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.023219334805) q[0];
ry(pi*0.018789089125) q[1];
ry(pi*-0.001945251957) q[2];
ry(pi*-0.002422488006) q[3];
ry(pi*0.000958944256) q[4];
ry(pi*0.43817834008) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002756501302) q[0];
ry(pi*0.002696908791) q[1];
ry(pi*0.000831225129) q[2];
ry(pi*0.000414553722) q[3];
ry(pi*-0.071634673019) q[4];
ry(pi*0.078633790792) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.083284385963) q[0];
ry(pi*-0.001409965674) q[1];
ry(pi*-0.002077553522) q[2];
ry(pi*-0.098795755055) q[3];
ry(pi*-0.001617068927) q[4];
ry(pi*0.097497933735) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.317798931116) q[0];
ry(pi*-0.493166902941) q[1];
ry(pi*0.038357102035) q[2];
ry(pi*0.006550086195) q[3];
ry(pi*-0.001324134446) q[4];
ry(pi*0.001061953306) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011714756266) q[0];
ry(pi*0.00566658166) q[1];
ry(pi*0.458563381167) q[2];
ry(pi*0.462094702804) q[3];
ry(pi*0.382449991841) q[4];
ry(pi*-0.002656583994) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
