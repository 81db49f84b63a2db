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
rz(pi*0.00268969974) q[0];
rz(pi*0.002675925228) q[1];
rz(pi*-0.001930916416) q[2];
rz(pi*-0.000222875128) q[3];
rz(pi*0.004298441409) q[4];
rz(pi*-0.001262266242) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000600983202) q[0];
rz(pi*-6.751443e-05) q[1];
rz(pi*0.001939245155) q[2];
rz(pi*-0.001161527326) q[3];
rz(pi*-0.000484992938) q[4];
rz(pi*0.000771522561) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000327969809) q[0];
rz(pi*-0.002753331074) q[1];
rz(pi*0.002851360297) q[2];
rz(pi*-0.004133207453) q[3];
rz(pi*-0.003823289398) q[4];
rz(pi*-0.004082305646) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003077979986) q[0];
rz(pi*-0.001147833893) q[1];
rz(pi*-0.003090915842) q[2];
rz(pi*-0.00361605719) q[3];
rz(pi*0.001340510891) q[4];
rz(pi*-0.003357659927) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00404913565) q[0];
rz(pi*0.001954412978) q[1];
rz(pi*-0.003809245118) q[2];
rz(pi*-0.001026357615) q[3];
rz(pi*-2.1531037e-05) q[4];
rz(pi*-0.001417546028) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
