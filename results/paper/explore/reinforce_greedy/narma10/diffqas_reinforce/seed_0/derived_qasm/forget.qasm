// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.000924373167) q[0];
rz(pi*0.000454906088) q[1];
rz(pi*-0.001731471927) q[2];
rz(pi*-0.000424793373) q[3];
rz(pi*0.004131253853) q[4];
rz(pi*-0.003080666112) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.006132757487) q[0];
rz(pi*0.005982139365) q[1];
rz(pi*-0.005454047755) q[2];
rz(pi*-0.000448890541) q[3];
rz(pi*0.001090820786) q[4];
rz(pi*-0.00242192831) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00235893523) q[0];
rz(pi*-0.000755716409) q[1];
rz(pi*0.002352877439) q[2];
rz(pi*-0.001627626223) q[3];
rz(pi*0.005814546562) q[4];
rz(pi*0.000923019729) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00032650913) q[0];
rz(pi*0.004613138521) q[1];
rz(pi*0.001993514625) q[2];
rz(pi*0.001175475704) q[3];
rz(pi*-0.001054051231) q[4];
rz(pi*0.005774095478) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002584108395) q[0];
rz(pi*-0.000647478366) q[1];
rz(pi*-0.005020380546) q[2];
rz(pi*0.001187141721) q[3];
rz(pi*-0.00364063757) q[4];
rz(pi*-0.005462025795) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
