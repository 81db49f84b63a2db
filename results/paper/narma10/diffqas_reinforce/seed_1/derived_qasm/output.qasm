// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005323615451) q[0];
rz(pi*-0.003670007976) q[1];
rz(pi*-0.003372099967) q[2];
rz(pi*0.007756250171) q[3];
rz(pi*-0.001563634406) q[4];
rz(pi*-0.000795394798) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003600531553) q[0];
rz(pi*-0.001656350667) q[1];
rz(pi*8.5602731e-05) q[2];
rz(pi*0.000757857439) q[3];
rz(pi*0.004463530994) q[4];
rz(pi*-0.005160227484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002667734634) q[0];
rz(pi*-0.000419598324) q[1];
rz(pi*0.0028902319) q[2];
rz(pi*-0.002050188594) q[3];
rz(pi*0.001468569675) q[4];
rz(pi*-0.001636706462) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001257288416) q[0];
rz(pi*0.004055490039) q[1];
rz(pi*-0.000750849751) q[2];
rz(pi*0.009427066224) q[3];
rz(pi*0.001143606083) q[4];
rz(pi*0.003583690868) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002361986581) q[0];
rz(pi*-0.004952884996) q[1];
rz(pi*-0.004902672137) q[2];
rz(pi*0.001550729232) q[3];
rz(pi*-0.003519857947) q[4];
rz(pi*-0.001743343383) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
