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
rx(pi*-0.00094957661) q[0];
rx(pi*0.006601829621) q[1];
rx(pi*0.008909473065) q[2];
rx(pi*0.000991739169) q[3];
rx(pi*0.018881263477) q[4];
rx(pi*0.015552560113) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003343469202) q[0];
rx(pi*0.005312929051) q[1];
rx(pi*0.0012760452) q[2];
rx(pi*0.025478313151) q[3];
rx(pi*-0.000442783021) q[4];
rx(pi*-0.001201258038) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002651398802) q[0];
rx(pi*-0.013607525008) q[1];
rx(pi*0.01968669219) q[2];
rx(pi*-0.070114144844) q[3];
rx(pi*0.025865817294) q[4];
rx(pi*-0.074255193674) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000355179064) q[0];
rx(pi*0.015491548499) q[1];
rx(pi*-0.002283564952) q[2];
rx(pi*0.006254612923) q[3];
rx(pi*0.003338696963) q[4];
rx(pi*0.009663220014) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.018978453748) q[0];
rx(pi*-0.007785937778) q[1];
rx(pi*0.006932186069) q[2];
rx(pi*-0.006163607174) q[3];
rx(pi*-0.001506384881) q[4];
rx(pi*0.00258580023) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
