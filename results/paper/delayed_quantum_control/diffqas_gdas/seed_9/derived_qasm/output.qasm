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
rz(pi*-0.316916735344) q[0];
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
rx(pi*-0.088476098129) q[0];
rx(pi*-0.116400814286) q[1];
rx(pi*-0.195519040988) q[2];
rx(pi*0.137418805209) q[3];
rx(pi*-0.041157467737) q[4];
rx(pi*0.014160296012) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.136324675309) q[0];
rx(pi*0.132003129244) q[1];
rx(pi*-0.114376241866) q[2];
rx(pi*0.295650505939) q[3];
rx(pi*-0.065716527547) q[4];
rx(pi*-0.214502641094) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.22599234737) q[0];
rx(pi*-0.190250991972) q[1];
rx(pi*-0.16427399912) q[2];
rx(pi*-0.021704984631) q[3];
rx(pi*0.239206334903) q[4];
rx(pi*0.010530668268) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.070474546416) q[0];
rx(pi*-0.034774392711) q[1];
rx(pi*-0.13859952673) q[2];
rx(pi*-0.192837755365) q[3];
rx(pi*-0.19059111642) q[4];
rx(pi*0.294667091508) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.016056650603) q[0];
rx(pi*0.078367209457) q[1];
rx(pi*-0.005313231429) q[2];
rx(pi*-0.008099778448) q[3];
rx(pi*-0.216978603641) q[4];
rx(pi*0.002370703818) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
