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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.038735565663) q[0];
rx(pi*-0.098064052067) q[1];
rx(pi*0.001954281206) q[2];
rx(pi*0.00460875137) q[3];
rx(pi*-0.003966297373) q[4];
rx(pi*0.00236851795) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.189344531005) q[0];
rx(pi*-0.096940495435) q[1];
rx(pi*0.000771354103) q[2];
rx(pi*-0.001729613043) q[3];
rx(pi*-0.003428625119) q[4];
rx(pi*-0.000196610619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.0435508514) q[0];
rx(pi*-0.098057639278) q[1];
rx(pi*-0.002764711759) q[2];
rx(pi*0.001735985811) q[3];
rx(pi*-0.003297677586) q[4];
rx(pi*-0.000969188576) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.184558237999) q[0];
rx(pi*-0.094278135128) q[1];
rx(pi*-0.004635508576) q[2];
rx(pi*-0.001317913015) q[3];
rx(pi*0.003763895804) q[4];
rx(pi*-0.002095662861) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.045761162277) q[0];
rx(pi*-0.097468004226) q[1];
rx(pi*-0.000797777434) q[2];
rx(pi*0.002657031633) q[3];
rx(pi*-0.002929585232) q[4];
rx(pi*0.000607705224) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
