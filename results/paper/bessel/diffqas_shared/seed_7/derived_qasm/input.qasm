// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.080742967437) q[0];
ry(pi*-0.153239079092) q[1];
ry(pi*-0.030140147305) q[2];
ry(pi*-0.030719186078) q[3];
ry(pi*0.000651739081) q[4];
ry(pi*0.012220516359) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008463344912) q[0];
ry(pi*0.023563196884) q[1];
ry(pi*-0.280546605064) q[2];
ry(pi*0.02418200728) q[3];
ry(pi*-0.177500584557) q[4];
ry(pi*0.011780098409) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.470671105727) q[0];
ry(pi*0.145356215476) q[1];
ry(pi*-0.019155521659) q[2];
ry(pi*0.029127925128) q[3];
ry(pi*0.026729373763) q[4];
ry(pi*0.071048509979) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006454488449) q[0];
ry(pi*0.025638881887) q[1];
ry(pi*-0.159455774979) q[2];
ry(pi*0.138318616228) q[3];
ry(pi*-0.286615588623) q[4];
ry(pi*-0.134991052414) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.062719682442) q[0];
ry(pi*-0.006816614762) q[1];
ry(pi*0.146999473613) q[2];
ry(pi*0.189110957508) q[3];
ry(pi*0.005075896585) q[4];
ry(pi*0.006479527139) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
