// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.000273516986) q[0];
ry(pi*0.005196941529) q[1];
ry(pi*0.000176725531) q[2];
ry(pi*0.002485234143) q[3];
ry(pi*-0.001538618097) q[4];
ry(pi*-0.143790261799) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004836483335) q[0];
ry(pi*-0.001604865893) q[1];
ry(pi*-0.004969406109) q[2];
ry(pi*-0.00351634621) q[3];
ry(pi*-0.004586729938) q[4];
ry(pi*0.006614959356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000787002915) q[0];
ry(pi*-0.000261651774) q[1];
ry(pi*-0.031692374198) q[2];
ry(pi*-0.001185173965) q[3];
ry(pi*-0.001521850339) q[4];
ry(pi*0.000848334693) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.503229934481) q[0];
ry(pi*-0.11143354024) q[1];
ry(pi*-0.015927608646) q[2];
ry(pi*-0.010433562188) q[3];
ry(pi*-0.000748742516) q[4];
ry(pi*-0.002696134169) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.111121827481) q[0];
ry(pi*-0.370714019299) q[1];
ry(pi*-0.468500357772) q[2];
ry(pi*-0.497902766384) q[3];
ry(pi*-0.499370042799) q[4];
ry(pi*0.000561594443) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
