// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.361850368977) q[0];
rx(pi*-0.3179197306) q[1];
rx(pi*0.032532188645) q[2];
rx(pi*0.145963627993) q[3];
rx(pi*-0.026457335392) q[4];
rx(pi*0.002836511158) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.134363784916) q[0];
rx(pi*-0.229612973731) q[1];
rx(pi*0.140066082182) q[2];
rx(pi*0.129568830851) q[3];
rx(pi*-0.023974765585) q[4];
rx(pi*-0.002492098572) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.316411947368) q[0];
rx(pi*-0.205436608472) q[1];
rx(pi*0.077110630148) q[2];
rx(pi*0.153479606101) q[3];
rx(pi*-0.021763045982) q[4];
rx(pi*-0.003613512173) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.33098227766) q[0];
rx(pi*-0.388905848699) q[1];
rx(pi*0.183594915708) q[2];
rx(pi*0.150930181075) q[3];
rx(pi*-0.028883781439) q[4];
rx(pi*-0.000603816367) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.287201220427) q[0];
rx(pi*-0.358684158896) q[1];
rx(pi*0.025164548965) q[2];
rx(pi*0.140697675466) q[3];
rx(pi*-0.023082190298) q[4];
rx(pi*0.002876794155) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
