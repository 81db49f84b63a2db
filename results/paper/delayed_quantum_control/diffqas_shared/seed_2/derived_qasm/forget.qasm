// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.000877349731) q[0];
ry(pi*0.013441879877) q[1];
ry(pi*-0.000294520836) q[2];
ry(pi*0.495200971221) q[3];
ry(pi*-0.000304536854) q[4];
ry(pi*-0.000134700561) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-9.7808164e-05) q[0];
ry(pi*0.000157491574) q[1];
ry(pi*0.119106717049) q[2];
ry(pi*0.872993191448) q[3];
ry(pi*-6.8060165e-05) q[4];
ry(pi*-0.005422150416) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.058771610172) q[0];
ry(pi*0.023186355426) q[1];
ry(pi*-0.487202705866) q[2];
ry(pi*-0.024780708935) q[3];
ry(pi*-0.500215316655) q[4];
ry(pi*-0.499427644061) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001890134643) q[0];
ry(pi*0.013610067356) q[1];
ry(pi*0.008007864972) q[2];
ry(pi*-0.500122957319) q[3];
ry(pi*0.499193520355) q[4];
ry(pi*0.500011739072) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.028766702984) q[0];
ry(pi*0.151540581801) q[1];
ry(pi*0.000237327581) q[2];
ry(pi*0.452897777196) q[3];
ry(pi*-0.50001621664) q[4];
ry(pi*-0.004790159) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
