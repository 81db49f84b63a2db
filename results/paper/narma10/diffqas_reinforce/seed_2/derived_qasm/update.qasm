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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013087854334) q[0];
ry(pi*-0.007960799514) q[1];
ry(pi*0.007221669289) q[2];
ry(pi*-0.00459349313) q[3];
ry(pi*0.002108902726) q[4];
ry(pi*-0.00327608897) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.114370474151) q[0];
ry(pi*0.009701845564) q[1];
ry(pi*0.008391220604) q[2];
ry(pi*0.499563488935) q[3];
ry(pi*0.095459805287) q[4];
ry(pi*-0.003004971667) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0494044753) q[0];
ry(pi*-0.004151831576) q[1];
ry(pi*0.044450482177) q[2];
ry(pi*-0.043629308455) q[3];
ry(pi*0.004491200672) q[4];
ry(pi*0.009509295891) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014058941222) q[0];
ry(pi*0.03367276146) q[1];
ry(pi*0.022893366399) q[2];
ry(pi*-0.026971326099) q[3];
ry(pi*0.41734728764) q[4];
ry(pi*-0.020939740197) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00158073152) q[0];
ry(pi*0.053109430781) q[1];
ry(pi*-0.000906256491) q[2];
ry(pi*-0.012048520101) q[3];
ry(pi*-0.045759340893) q[4];
ry(pi*0.000158109059) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
