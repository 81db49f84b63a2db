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
rx(pi*-0.172828450573) q[0];
rx(pi*-0.040070234431) q[1];
rx(pi*0.102634700823) q[2];
rx(pi*-0.040719922973) q[3];
rx(pi*0.01999699385) q[4];
rx(pi*-0.569745162531) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.146436751402) q[0];
rx(pi*-0.020802987003) q[1];
rx(pi*-0.019763132205) q[2];
rx(pi*0.038126013968) q[3];
rx(pi*0.129676415817) q[4];
rx(pi*-0.04218306333) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00671639893) q[0];
rx(pi*0.009323687872) q[1];
rx(pi*0.002181759856) q[2];
rx(pi*-0.001853618773) q[3];
rx(pi*-0.061504506411) q[4];
rx(pi*-0.093590780939) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.053999817088) q[0];
rx(pi*-0.063135977728) q[1];
rx(pi*-0.143321938495) q[2];
rx(pi*-0.035622078477) q[3];
rx(pi*-0.016224459814) q[4];
rx(pi*-0.01093669337) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.274182595277) q[0];
rx(pi*-0.001383970342) q[1];
rx(pi*-0.029555528172) q[2];
rx(pi*-0.023948051957) q[3];
rx(pi*0.095394567494) q[4];
rx(pi*0.000321488392) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
