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
rz(pi*0.004103690304) q[0];
rz(pi*0.000387059024) q[1];
rz(pi*0.000713142378) q[2];
rz(pi*-0.000390369546) q[3];
rz(pi*0.00152403428) q[4];
rz(pi*-0.002201085971) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002094839325) q[0];
rz(pi*-0.00041984445) q[1];
rz(pi*0.003510259812) q[2];
rz(pi*-0.003583693239) q[3];
rz(pi*0.004184494644) q[4];
rz(pi*0.000206152689) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000916125581) q[0];
rz(pi*0.002897188673) q[1];
rz(pi*0.000411152116) q[2];
rz(pi*-0.000297398024) q[3];
rz(pi*-0.002929085716) q[4];
rz(pi*0.002451360081) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006066266307) q[0];
rz(pi*-0.001040078691) q[1];
rz(pi*-0.002255140515) q[2];
rz(pi*0.003297501495) q[3];
rz(pi*-0.003969715728) q[4];
rz(pi*-3.5821178e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003206632706) q[0];
rz(pi*-0.0045893046) q[1];
rz(pi*0.004821249701) q[2];
rz(pi*0.004459504325) q[3];
rz(pi*-0.002104347933) q[4];
rz(pi*-0.002656626683) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
