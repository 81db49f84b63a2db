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
rz(pi*0.018305400267) q[0];
rz(pi*0.058934685681) q[1];
rz(pi*-0.054305624578) q[2];
rz(pi*-0.038706639338) q[3];
rz(pi*-0.177427634342) q[4];
rz(pi*-0.035261091121) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.159503567331) q[0];
rz(pi*0.011173693819) q[1];
rz(pi*-0.116924452636) q[2];
rz(pi*0.029386604313) q[3];
rz(pi*0.047161109154) q[4];
rz(pi*-0.014253059705) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.131574326173) q[0];
rz(pi*0.02087149048) q[1];
rz(pi*0.16639706856) q[2];
rz(pi*0.196800574204) q[3];
rz(pi*-0.063265770295) q[4];
rz(pi*-0.035987870681) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.009609387214) q[0];
rz(pi*0.095590480086) q[1];
rz(pi*0.002049908005) q[2];
rz(pi*-0.007555768703) q[3];
rz(pi*0.043405335168) q[4];
rz(pi*-0.053825116027) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.013759278531) q[0];
rz(pi*-0.07703777954) q[1];
rz(pi*0.002324219104) q[2];
rz(pi*0.009087775391) q[3];
rz(pi*0.036744112546) q[4];
rz(pi*0.00204328118) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
