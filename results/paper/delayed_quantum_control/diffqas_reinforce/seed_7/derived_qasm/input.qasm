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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00031605874) q[0];
rz(pi*-0.000513929158) q[1];
rz(pi*0.001178407809) q[2];
rz(pi*-0.000784513483) q[3];
rz(pi*-0.004945920516) q[4];
rz(pi*0.001896322575) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000917660224) q[0];
rz(pi*-0.000490378345) q[1];
rz(pi*0.003135138353) q[2];
rz(pi*0.003878636164) q[3];
rz(pi*-0.003476816491) q[4];
rz(pi*-0.002486194342) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004925199311) q[0];
rz(pi*0.0045163698) q[1];
rz(pi*-0.002350322788) q[2];
rz(pi*-0.003758250226) q[3];
rz(pi*-0.002029381122) q[4];
rz(pi*-0.001585502573) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005042192091) q[0];
rz(pi*9.9281711e-05) q[1];
rz(pi*-0.004074860621) q[2];
rz(pi*-0.003852727691) q[3];
rz(pi*0.00291609798) q[4];
rz(pi*-0.002174630994) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000227479113) q[0];
rz(pi*0.002002501927) q[1];
rz(pi*0.002588619165) q[2];
rz(pi*-0.001072712485) q[3];
rz(pi*0.000140424282) q[4];
rz(pi*-0.002627342247) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
