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
rx(pi*0.172489768054) q[0];
rx(pi*-0.483372259889) q[1];
rx(pi*0.1423429542) q[2];
rx(pi*-0.386959813968) q[3];
rx(pi*-0.139696663811) q[4];
rx(pi*-0.586520866042) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.04809738105) q[0];
rx(pi*-0.664549554249) q[1];
rx(pi*-0.17302142239) q[2];
rx(pi*-0.041675091726) q[3];
rx(pi*-0.120549803211) q[4];
rx(pi*0.351376615394) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.347295729147) q[0];
rx(pi*0.018884807823) q[1];
rx(pi*-0.013283985113) q[2];
rx(pi*-0.042950942604) q[3];
rx(pi*0.349652372084) q[4];
rx(pi*0.011948723448) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.007962588881) q[0];
rx(pi*-0.135015840309) q[1];
rx(pi*-0.092295985772) q[2];
rx(pi*-0.174762741174) q[3];
rx(pi*0.064896662944) q[4];
rx(pi*-0.285639934046) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.239725467225) q[0];
rx(pi*0.567408934271) q[1];
rx(pi*0.254019061019) q[2];
rx(pi*-0.384936484262) q[3];
rx(pi*-0.074777793266) q[4];
rx(pi*0.002119511901) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
