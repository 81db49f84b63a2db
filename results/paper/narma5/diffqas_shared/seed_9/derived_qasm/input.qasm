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
rz(pi*-0.003331537122) q[0];
rz(pi*0.059046444651) q[1];
rz(pi*-0.079511427411) q[2];
rz(pi*0.004297875191) q[3];
rz(pi*-0.07480086887) q[4];
rz(pi*0.000714716894) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.02857952497) q[0];
rz(pi*0.028589950495) q[1];
rz(pi*-0.02048942203) q[2];
rz(pi*0.025132919023) q[3];
rz(pi*0.004319106585) q[4];
rz(pi*0.017922746034) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.008564663535) q[0];
rz(pi*0.032852116603) q[1];
rz(pi*0.069125038588) q[2];
rz(pi*-0.034661718306) q[3];
rz(pi*-0.018690697641) q[4];
rz(pi*0.001771183074) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.030622980017) q[0];
rz(pi*-0.007855216766) q[1];
rz(pi*0.018207525791) q[2];
rz(pi*-0.012104718565) q[3];
rz(pi*-0.001885506774) q[4];
rz(pi*-0.012405652431) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.042769510961) q[0];
rz(pi*0.025240999652) q[1];
rz(pi*-0.048950651919) q[2];
rz(pi*0.026582911265) q[3];
rz(pi*0.029763127977) q[4];
rz(pi*-0.001951414839) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
