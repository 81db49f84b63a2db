// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.241735098606) q[0];
rx(pi*0.150875169593) q[1];
rx(pi*0.03253436814) q[2];
rx(pi*0.073850158713) q[3];
rx(pi*0.082273214402) q[4];
rx(pi*-0.00107168262) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.713205924621) q[0];
rx(pi*0.111596269496) q[1];
rx(pi*-0.045466586653) q[2];
rx(pi*0.081225245197) q[3];
rx(pi*0.091635743639) q[4];
rx(pi*0.001635454853) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.390193529085) q[0];
rx(pi*-0.02457486648) q[1];
rx(pi*0.110968300007) q[2];
rx(pi*0.075287368067) q[3];
rx(pi*0.079246207371) q[4];
rx(pi*-0.000575277241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.230605153572) q[0];
rx(pi*-0.016442196995) q[1];
rx(pi*-0.042467071133) q[2];
rx(pi*0.075360009975) q[3];
rx(pi*0.095465070224) q[4];
rx(pi*0.000816642349) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.300396519802) q[0];
rx(pi*0.156193619713) q[1];
rx(pi*0.029280494478) q[2];
rx(pi*0.079606129881) q[3];
rx(pi*0.085394459071) q[4];
rx(pi*-0.005922196154) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
