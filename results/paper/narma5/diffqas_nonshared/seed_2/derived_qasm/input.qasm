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
ry(pi*0.112505016679) q[0];
ry(pi*0.054303532833) q[1];
ry(pi*0.071776759927) q[2];
ry(pi*0.091743888301) q[3];
ry(pi*0.073925570642) q[4];
ry(pi*0.000425292556) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.106212515179) q[0];
ry(pi*-0.034730003596) q[1];
ry(pi*-0.01425924482) q[2];
ry(pi*-0.02039391559) q[3];
ry(pi*0.015022185251) q[4];
ry(pi*0.004630888712) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.098331956751) q[0];
ry(pi*0.059767603535) q[1];
ry(pi*-0.070092976001) q[2];
ry(pi*-0.009251001497) q[3];
ry(pi*-0.015913292522) q[4];
ry(pi*0.003688397608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.101332544231) q[0];
ry(pi*-0.046660171696) q[1];
ry(pi*-0.010575458183) q[2];
ry(pi*-0.019845743106) q[3];
ry(pi*0.024320664863) q[4];
ry(pi*0.003982363436) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.12110640671) q[0];
ry(pi*0.084766242936) q[1];
ry(pi*0.089308935348) q[2];
ry(pi*0.095302502236) q[3];
ry(pi*-0.058234894855) q[4];
ry(pi*-0.002454334207) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
