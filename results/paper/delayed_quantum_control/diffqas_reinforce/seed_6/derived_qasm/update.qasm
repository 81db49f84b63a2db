// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.045988787817) q[0];
ry(pi*0.818278139718) q[1];
ry(pi*-0.448587851939) q[2];
ry(pi*0.483750045241) q[3];
ry(pi*0.290510978316) q[4];
ry(pi*0.100236431678) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.042399015887) q[0];
ry(pi*-0.500727467006) q[1];
ry(pi*0.012315706192) q[2];
ry(pi*0.021504471147) q[3];
ry(pi*-0.336999143082) q[4];
ry(pi*-0.294795650846) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.263745705743) q[0];
ry(pi*0.549500292104) q[1];
ry(pi*0.451515195126) q[2];
ry(pi*0.072380648256) q[3];
ry(pi*0.499267134616) q[4];
ry(pi*-0.17047438793) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006168859661) q[0];
ry(pi*0.131036401344) q[1];
ry(pi*-0.008758184375) q[2];
ry(pi*-0.526391864867) q[3];
ry(pi*0.025034948497) q[4];
ry(pi*-0.153450615743) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00055672156) q[0];
ry(pi*0.000939709521) q[1];
ry(pi*0.001100133737) q[2];
ry(pi*0.345837749378) q[3];
ry(pi*0.484034446729) q[4];
ry(pi*-0.003041717729) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
