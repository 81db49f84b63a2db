// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.037475492997) q[0];
ry(pi*0.123380337953) q[1];
ry(pi*0.068485690193) q[2];
ry(pi*0.055294593281) q[3];
ry(pi*0.005297016844) q[4];
ry(pi*-0.055942645424) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.021178751758) q[0];
ry(pi*0.270792317046) q[1];
ry(pi*-0.042529524675) q[2];
ry(pi*0.219432861364) q[3];
ry(pi*-0.003428839451) q[4];
ry(pi*0.001431726674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.015877221771) q[0];
ry(pi*0.1377018122) q[1];
ry(pi*-0.048315136019) q[2];
ry(pi*0.088050359157) q[3];
ry(pi*0.014396407114) q[4];
ry(pi*-0.259381044109) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.03350900056) q[0];
ry(pi*0.218648262356) q[1];
ry(pi*0.469733814045) q[2];
ry(pi*0.021242466988) q[3];
ry(pi*-0.463758460995) q[4];
ry(pi*0.488706334067) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.17846440014) q[0];
ry(pi*-0.039865859992) q[1];
ry(pi*-0.02252740344) q[2];
ry(pi*-0.016977909127) q[3];
ry(pi*-0.042683664021) q[4];
ry(pi*-0.004707980026) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
