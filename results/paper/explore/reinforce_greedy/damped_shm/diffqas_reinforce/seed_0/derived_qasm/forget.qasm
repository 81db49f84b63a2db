// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.128527663376) q[0];
ry(pi*0.32243399235) q[1];
ry(pi*0.274767240497) q[2];
ry(pi*-0.102661129861) q[3];
ry(pi*0.026002236093) q[4];
ry(pi*0.288641821159) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.164869800316) q[0];
ry(pi*0.029795777704) q[1];
ry(pi*0.152581739789) q[2];
ry(pi*0.284092270098) q[3];
ry(pi*0.202954214164) q[4];
ry(pi*0.22124504336) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.15299576309) q[0];
ry(pi*-0.230468398006) q[1];
ry(pi*-0.1334109925) q[2];
ry(pi*-0.193089144272) q[3];
ry(pi*-0.066754948717) q[4];
ry(pi*-0.289239993948) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020995420468) q[0];
ry(pi*0.353223422655) q[1];
ry(pi*-0.385793938622) q[2];
ry(pi*-0.134422733244) q[3];
ry(pi*-0.202155746077) q[4];
ry(pi*-0.019869334532) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.262692907974) q[0];
ry(pi*-0.330683305102) q[1];
ry(pi*0.134724940655) q[2];
ry(pi*0.19585912749) q[3];
ry(pi*0.24875340257) q[4];
ry(pi*0.001746646568) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
