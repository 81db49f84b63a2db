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
rx(pi*0.065574834324) q[0];
rx(pi*0.042605932674) q[1];
rx(pi*6.898876e-05) q[2];
rx(pi*-0.024906870592) q[3];
rx(pi*-0.022931624944) q[4];
rx(pi*0.003787130898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.022791990265) q[0];
rx(pi*0.00213896297) q[1];
rx(pi*0.018539952046) q[2];
rx(pi*-0.034882093885) q[3];
rx(pi*-0.018178422782) q[4];
rx(pi*-0.005344700102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.053558639042) q[0];
rx(pi*0.068654528675) q[1];
rx(pi*-0.019060330641) q[2];
rx(pi*-0.026315433468) q[3];
rx(pi*-0.021409680928) q[4];
rx(pi*0.003241770827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000192049174) q[0];
rx(pi*0.045967372328) q[1];
rx(pi*0.020182061146) q[2];
rx(pi*-0.029329761961) q[3];
rx(pi*-0.024943765472) q[4];
rx(pi*0.00315206234) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00908920309) q[0];
rx(pi*0.047130321128) q[1];
rx(pi*0.002103714421) q[2];
rx(pi*-0.021117953588) q[3];
rx(pi*-0.021210832302) q[4];
rx(pi*-0.002392940916) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
