// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.193069355696) q[0];
ry(pi*0.080358892619) q[1];
ry(pi*-0.004908807449) q[2];
ry(pi*-0.008460569554) q[3];
ry(pi*0.158672693791) q[4];
ry(pi*0.002628842873) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002274339602) q[0];
ry(pi*-0.517566956895) q[1];
ry(pi*-0.018156050355) q[2];
ry(pi*0.51601012911) q[3];
ry(pi*-0.508208193749) q[4];
ry(pi*-0.481021005213) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012733948556) q[0];
ry(pi*-0.044970980537) q[1];
ry(pi*-0.005943485949) q[2];
ry(pi*-0.029090347229) q[3];
ry(pi*0.019867532121) q[4];
ry(pi*-0.01057184506) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007326057346) q[0];
ry(pi*-0.02596624479) q[1];
ry(pi*-0.502626904669) q[2];
ry(pi*0.008022183468) q[3];
ry(pi*-0.024365461892) q[4];
ry(pi*0.48591233135) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.15906471819) q[0];
ry(pi*0.536740967497) q[1];
ry(pi*-0.471870411054) q[2];
ry(pi*0.278395987194) q[3];
ry(pi*-0.000576750927) q[4];
ry(pi*-0.002662275522) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
