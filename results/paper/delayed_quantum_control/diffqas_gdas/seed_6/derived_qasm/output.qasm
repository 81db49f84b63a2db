// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.130188651545) q[0];
rx(pi*0.204522330733) q[1];
rx(pi*-0.070357076649) q[2];
rx(pi*-0.145949701996) q[3];
rx(pi*-0.014604957928) q[4];
rx(pi*0.023541748193) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.13660153513) q[0];
rx(pi*-0.137551529066) q[1];
rx(pi*0.001912245898) q[2];
rx(pi*0.025304534641) q[3];
rx(pi*0.039964466105) q[4];
rx(pi*0.003865914344) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.24662135902) q[0];
rx(pi*-0.230346573993) q[1];
rx(pi*-0.016551854734) q[2];
rx(pi*-0.004848427569) q[3];
rx(pi*0.02597063461) q[4];
rx(pi*0.002152608526) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.076876217107) q[0];
rx(pi*0.005390547747) q[1];
rx(pi*-0.104979163256) q[2];
rx(pi*-0.092896643991) q[3];
rx(pi*-0.319568803884) q[4];
rx(pi*-0.015681736065) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.021276238478) q[0];
rx(pi*0.007969336658) q[1];
rx(pi*-0.029765383363) q[2];
rx(pi*-0.009011388144) q[3];
rx(pi*0.007125172708) q[4];
rx(pi*0.000266011782) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
