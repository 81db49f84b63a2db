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
rx(pi*-0.001269175435) q[0];
rx(pi*0.012049037108) q[1];
rx(pi*0.002180555679) q[2];
rx(pi*-0.001071245432) q[3];
rx(pi*-0.005761846198) q[4];
rx(pi*-0.000863661783) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00505563369) q[0];
rx(pi*0.012264186881) q[1];
rx(pi*0.00218346355) q[2];
rx(pi*0.002309439481) q[3];
rx(pi*0.000644883027) q[4];
rx(pi*0.000536538188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001900755676) q[0];
rx(pi*0.016744466068) q[1];
rx(pi*-0.001113513601) q[2];
rx(pi*-0.002113530743) q[3];
rx(pi*0.003624217546) q[4];
rx(pi*0.007163578885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003020563708) q[0];
rx(pi*0.01217109828) q[1];
rx(pi*-0.000754490443) q[2];
rx(pi*0.00072395766) q[3];
rx(pi*-0.000659052038) q[4];
rx(pi*0.001580293813) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005213857512) q[0];
rx(pi*0.012738772378) q[1];
rx(pi*-0.00046484073) q[2];
rx(pi*0.000119892934) q[3];
rx(pi*0.004446431509) q[4];
rx(pi*-0.00122257933) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
