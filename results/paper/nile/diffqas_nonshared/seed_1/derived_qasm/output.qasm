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
rx(pi*0.268247692125) q[0];
rx(pi*0.078655765977) q[1];
rx(pi*0.002709464303) q[2];
rx(pi*-0.097435285722) q[3];
rx(pi*0.056483947402) q[4];
rx(pi*-0.00107074925) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.056854513624) q[0];
rx(pi*-0.034693820195) q[1];
rx(pi*-0.126824935161) q[2];
rx(pi*-0.082609800433) q[3];
rx(pi*0.05862534926) q[4];
rx(pi*0.001631653634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.02817566632) q[0];
rx(pi*-0.095122071405) q[1];
rx(pi*0.040774948685) q[2];
rx(pi*-0.088749087509) q[3];
rx(pi*0.053449555229) q[4];
rx(pi*-0.000567108287) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.056534462343) q[0];
rx(pi*0.085285707281) q[1];
rx(pi*-0.111229697038) q[2];
rx(pi*-0.08125050741) q[3];
rx(pi*0.062454021285) q[4];
rx(pi*0.000815174036) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.20246503981) q[0];
rx(pi*0.074613788092) q[1];
rx(pi*-0.000548374107) q[2];
rx(pi*-0.091680244218) q[3];
rx(pi*0.059601421237) q[4];
rx(pi*-0.005922331928) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
