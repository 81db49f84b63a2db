// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001094018658) q[0];
rx(pi*0.000670077502) q[1];
rx(pi*-0.004723475721) q[2];
rx(pi*0.003136013767) q[3];
rx(pi*0.000574666111) q[4];
rx(pi*0.003210694652) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003054260197) q[0];
rx(pi*-0.003118975054) q[1];
rx(pi*-0.00253839267) q[2];
rx(pi*-0.000641430506) q[3];
rx(pi*0.00238078472) q[4];
rx(pi*0.002708699761) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002257911574) q[0];
rx(pi*-0.001946255141) q[1];
rx(pi*-0.00260879609) q[2];
rx(pi*-0.001873136839) q[3];
rx(pi*-0.000824993174) q[4];
rx(pi*-0.000418409562) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.006551148076) q[0];
rx(pi*-0.001606168787) q[1];
rx(pi*-0.000917962676) q[2];
rx(pi*0.001460795592) q[3];
rx(pi*-0.003032645198) q[4];
rx(pi*-0.001167555916) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*4.8223115e-05) q[0];
rx(pi*0.002464182842) q[1];
rx(pi*-0.004188996521) q[2];
rx(pi*0.004365478945) q[3];
rx(pi*-0.001121910746) q[4];
rx(pi*0.000539269226) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
