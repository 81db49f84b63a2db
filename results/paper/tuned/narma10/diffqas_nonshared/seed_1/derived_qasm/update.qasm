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
rz(pi*-0.00051426144) q[0];
rz(pi*0.003877176448) q[1];
rz(pi*0.000183339701) q[2];
rz(pi*-0.001584538965) q[3];
rz(pi*-0.004328372697) q[4];
rz(pi*-0.000280952135) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001858413691) q[0];
rz(pi*-0.003510065638) q[1];
rz(pi*-0.000383298306) q[2];
rz(pi*0.00336449486) q[3];
rz(pi*0.000295273076) q[4];
rz(pi*-0.003339269999) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00104174229) q[0];
rz(pi*-0.003495258001) q[1];
rz(pi*-0.005021903702) q[2];
rz(pi*0.001573260556) q[3];
rz(pi*-0.001751821533) q[4];
rz(pi*0.003544606415) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000990015539) q[0];
rz(pi*-0.002566915231) q[1];
rz(pi*0.000698070383) q[2];
rz(pi*0.004123752206) q[3];
rz(pi*-0.00060069409) q[4];
rz(pi*-0.003377683884) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002105485408) q[0];
rz(pi*-0.00258805354) q[1];
rz(pi*-0.003759201235) q[2];
rz(pi*-0.004114106639) q[3];
rz(pi*0.001344476196) q[4];
rz(pi*0.003531507807) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
