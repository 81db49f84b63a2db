// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.091442420826) q[0];
rx(pi*0.055614383687) q[1];
rx(pi*-0.003835410612) q[2];
rx(pi*-0.019099541382) q[3];
rx(pi*0.01672296283) q[4];
rx(pi*-0.003084524991) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.138822466002) q[0];
rx(pi*0.023884991286) q[1];
rx(pi*-0.018502561504) q[2];
rx(pi*-0.009997673982) q[3];
rx(pi*0.021926425056) q[4];
rx(pi*-0.001255944315) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005352641976) q[0];
rx(pi*0.046312657363) q[1];
rx(pi*-0.00078875115) q[2];
rx(pi*-0.019447165994) q[3];
rx(pi*0.022329308981) q[4];
rx(pi*0.002288476226) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.213212114796) q[0];
rx(pi*0.042633775181) q[1];
rx(pi*-0.018699509297) q[2];
rx(pi*-0.01712338267) q[3];
rx(pi*0.018007754615) q[4];
rx(pi*0.000390107633) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.055734030577) q[0];
rx(pi*0.042470211123) q[1];
rx(pi*-0.009952914899) q[2];
rx(pi*-0.019867299705) q[3];
rx(pi*0.016130528111) q[4];
rx(pi*0.001169691833) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
