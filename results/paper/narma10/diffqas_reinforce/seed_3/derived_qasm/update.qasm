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
rz(pi*-0.005216689195) q[0];
rz(pi*0.000195317156) q[1];
rz(pi*-0.003068808144) q[2];
rz(pi*0.002410285268) q[3];
rz(pi*-0.006474903718) q[4];
rz(pi*-0.002910906266) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002258624979) q[0];
rz(pi*0.0036808844) q[1];
rz(pi*-0.006869082117) q[2];
rz(pi*-0.00158530662) q[3];
rz(pi*0.001044065044) q[4];
rz(pi*-0.001939212398) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005063132669) q[0];
rz(pi*-0.003791794637) q[1];
rz(pi*0.001128521637) q[2];
rz(pi*-0.003337149794) q[3];
rz(pi*0.004475338565) q[4];
rz(pi*-6.8939026e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001184958521) q[0];
rz(pi*-0.005469157177) q[1];
rz(pi*0.00535337302) q[2];
rz(pi*0.002396135452) q[3];
rz(pi*0.002398669648) q[4];
rz(pi*0.003621996549) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00111159387) q[0];
rz(pi*-0.002034774571) q[1];
rz(pi*-0.002547217665) q[2];
rz(pi*-0.002547109165) q[3];
rz(pi*0.004361063631) q[4];
rz(pi*-0.004648536036) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
