// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.206394675312) q[0];
ry(pi*0.368524222706) q[1];
ry(pi*0.113618109841) q[2];
ry(pi*0.012015451787) q[3];
ry(pi*-0.004048351839) q[4];
ry(pi*-0.022273282457) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.081120847653) q[0];
ry(pi*0.377004585579) q[1];
ry(pi*-0.02008252774) q[2];
ry(pi*-0.000676532312) q[3];
ry(pi*-0.174213764719) q[4];
ry(pi*0.000262061374) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.081032975372) q[0];
ry(pi*0.50276107994) q[1];
ry(pi*-0.480982945881) q[2];
ry(pi*0.053554849236) q[3];
ry(pi*0.015875763241) q[4];
ry(pi*0.004017060442) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.237897442985) q[0];
ry(pi*-0.066658396404) q[1];
ry(pi*-0.007855418351) q[2];
ry(pi*0.1992807487) q[3];
ry(pi*0.171473986115) q[4];
ry(pi*0.001538668494) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.094663813144) q[0];
ry(pi*0.0356018725) q[1];
ry(pi*-0.129621214607) q[2];
ry(pi*0.256002358227) q[3];
ry(pi*0.516301095169) q[4];
ry(pi*-0.002767803427) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
