// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.070902097285) q[0];
ry(pi*-0.180415519567) q[1];
ry(pi*-0.059288332955) q[2];
ry(pi*0.176403352612) q[3];
ry(pi*-0.018989600238) q[4];
ry(pi*0.077907381201) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.188669044269) q[0];
ry(pi*-0.045690654803) q[1];
ry(pi*-0.243830828317) q[2];
ry(pi*-0.348397931952) q[3];
ry(pi*-0.037585727032) q[4];
ry(pi*0.309894467026) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.322175887091) q[0];
ry(pi*0.166102725352) q[1];
ry(pi*0.072313290259) q[2];
ry(pi*0.034383338293) q[3];
ry(pi*-0.139844641757) q[4];
ry(pi*-0.103342450717) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.016367138434) q[0];
ry(pi*-0.126589938708) q[1];
ry(pi*-0.028291487829) q[2];
ry(pi*0.396133972279) q[3];
ry(pi*-0.092935329424) q[4];
ry(pi*-0.410994452801) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.308047090583) q[0];
ry(pi*0.075929576604) q[1];
ry(pi*0.276543260436) q[2];
ry(pi*0.255553804526) q[3];
ry(pi*-0.012665455752) q[4];
ry(pi*0.00198999103) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
