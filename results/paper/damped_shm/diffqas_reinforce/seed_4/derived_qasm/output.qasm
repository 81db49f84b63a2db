// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.049925485925) q[0];
ry(pi*0.003044772045) q[1];
ry(pi*0.004512409535) q[2];
ry(pi*-0.013700869741) q[3];
ry(pi*0.233642311023) q[4];
ry(pi*0.161982053253) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002428815121) q[0];
ry(pi*0.003194689657) q[1];
ry(pi*-0.006589579748) q[2];
ry(pi*0.01666982135) q[3];
ry(pi*-0.346139985248) q[4];
ry(pi*-0.404427567424) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.031586143412) q[0];
ry(pi*-0.104740751708) q[1];
ry(pi*-0.054334078956) q[2];
ry(pi*0.004596023027) q[3];
ry(pi*-0.003379714561) q[4];
ry(pi*0.319705863014) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.103251979169) q[0];
ry(pi*-0.243231630999) q[1];
ry(pi*0.361454901024) q[2];
ry(pi*0.499145139848) q[3];
ry(pi*0.400719419778) q[4];
ry(pi*0.261475521618) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.150042180592) q[0];
ry(pi*0.193610610243) q[1];
ry(pi*0.71147856978) q[2];
ry(pi*0.128958012725) q[3];
ry(pi*-0.440644987007) q[4];
ry(pi*0.003551072861) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
