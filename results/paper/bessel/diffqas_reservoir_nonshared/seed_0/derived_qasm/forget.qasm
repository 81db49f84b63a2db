// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*1.501880278983) q[0];
rz(pi*0.396099631605) q[1];
rz(pi*1.571001641602) q[2];
rz(pi*1.098844704112) q[3];
rz(pi*0.504760807547) q[4];
rz(pi*1.403276632485) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.108471703965) q[0];
rz(pi*1.59673824974) q[1];
rz(pi*0.196930860062) q[2];
rz(pi*1.649568396933) q[3];
rz(pi*1.523393249921) q[4];
rz(pi*0.397919497564) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.129693177608) q[0];
rz(pi*1.105567203966) q[1];
rz(pi*1.391324863912) q[2];
rz(pi*0.976758715466) q[3];
rz(pi*0.162866543778) q[4];
rz(pi*1.674234638537) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.004178509889) q[0];
rz(pi*1.789593953325) q[1];
rz(pi*1.754300392718) q[2];
rz(pi*0.245022772218) q[3];
rz(pi*1.629359840344) q[4];
rz(pi*1.693904976219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.347160794965) q[0];
rz(pi*1.692020906482) q[1];
rz(pi*0.728308231786) q[2];
rz(pi*1.064720775455) q[3];
rz(pi*0.090825227857) q[4];
rz(pi*1.104875002239) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
