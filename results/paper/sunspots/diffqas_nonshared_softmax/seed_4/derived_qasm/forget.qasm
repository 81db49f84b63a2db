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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.130067605415) q[0];
ry(pi*0.363026679334) q[1];
ry(pi*-0.122461563673) q[2];
ry(pi*-0.181454770795) q[3];
ry(pi*-0.298831913191) q[4];
ry(pi*0.242020809214) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.027154216272) q[0];
ry(pi*0.323605635411) q[1];
ry(pi*-0.553237088599) q[2];
ry(pi*0.655244256305) q[3];
ry(pi*-0.367170517158) q[4];
ry(pi*-0.221960372867) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.065820374881) q[0];
ry(pi*-0.113608130176) q[1];
ry(pi*-0.015128236982) q[2];
ry(pi*0.219927063496) q[3];
ry(pi*0.307466619367) q[4];
ry(pi*0.202236607927) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000375922762) q[0];
ry(pi*0.132324973449) q[1];
ry(pi*0.35482051061) q[2];
ry(pi*-0.216708507605) q[3];
ry(pi*-0.187012514695) q[4];
ry(pi*-0.00608102414) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.042982171747) q[0];
ry(pi*0.07052808751) q[1];
ry(pi*0.246218396832) q[2];
ry(pi*0.038652218383) q[3];
ry(pi*-0.380943593619) q[4];
ry(pi*-0.005811731481) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
