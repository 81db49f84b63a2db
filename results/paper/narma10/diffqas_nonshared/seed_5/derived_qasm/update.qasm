// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.007255245716) q[0];
rz(pi*0.000909916526) q[1];
rz(pi*0.005757846506) q[2];
rz(pi*0.002924426127) q[3];
rz(pi*0.003406451609) q[4];
rz(pi*0.002537638206) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004864025836) q[0];
rz(pi*0.003961583238) q[1];
rz(pi*-0.003295174665) q[2];
rz(pi*0.001346829409) q[3];
rz(pi*-0.000388713432) q[4];
rz(pi*0.005154003237) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003797154141) q[0];
rz(pi*0.005843585538) q[1];
rz(pi*0.00152831634) q[2];
rz(pi*-1.4499947e-05) q[3];
rz(pi*0.002438208706) q[4];
rz(pi*0.007664553102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001640471366) q[0];
rz(pi*0.00011414622) q[1];
rz(pi*-0.003970394894) q[2];
rz(pi*-0.002419868433) q[3];
rz(pi*-0.00029308039) q[4];
rz(pi*0.002144950354) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001974313463) q[0];
rz(pi*-0.000335207394) q[1];
rz(pi*0.000409089645) q[2];
rz(pi*0.004900193822) q[3];
rz(pi*0.005899797047) q[4];
rz(pi*0.003826132049) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
