// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
ry(pi*-0.012826169154) q[0];
ry(pi*-0.195323488877) q[1];
ry(pi*0.381114234512) q[2];
ry(pi*0.006267022286) q[3];
ry(pi*-0.131533582197) q[4];
ry(pi*-0.030960583461) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.028606784065) q[0];
ry(pi*0.029939704968) q[1];
ry(pi*0.473249578029) q[2];
ry(pi*0.003730718694) q[3];
ry(pi*-0.002534599009) q[4];
ry(pi*0.11186948655) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.539241310025) q[0];
ry(pi*0.027515220229) q[1];
ry(pi*-0.034158639299) q[2];
ry(pi*-0.512952632874) q[3];
ry(pi*-0.159695856129) q[4];
ry(pi*0.054210855703) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.099582213392) q[0];
ry(pi*0.232361024453) q[1];
ry(pi*-0.017120307899) q[2];
ry(pi*0.017911138269) q[3];
ry(pi*-0.553371833053) q[4];
ry(pi*0.181598811895) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015549690484) q[0];
ry(pi*0.083050793494) q[1];
ry(pi*-0.005159258688) q[2];
ry(pi*0.006423587772) q[3];
ry(pi*0.342447015801) q[4];
ry(pi*-0.002480406913) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
