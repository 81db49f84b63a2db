// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.021423979265) q[0];
ry(pi*-0.045259465909) q[1];
ry(pi*0.033435597371) q[2];
ry(pi*-0.053173591871) q[3];
ry(pi*-0.019411994077) q[4];
ry(pi*0.019527925866) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.085700736137) q[0];
ry(pi*0.105342804425) q[1];
ry(pi*0.487171059323) q[2];
ry(pi*0.011355737333) q[3];
ry(pi*-0.119283220521) q[4];
ry(pi*0.086106031973) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009567303288) q[0];
ry(pi*-0.025575942168) q[1];
ry(pi*-0.026350336209) q[2];
ry(pi*-0.0514080022) q[3];
ry(pi*-0.239049050824) q[4];
ry(pi*-0.07243548424) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.028020843955) q[0];
ry(pi*0.18681464791) q[1];
ry(pi*-0.058290522951) q[2];
ry(pi*0.461399693111) q[3];
ry(pi*-0.094271893094) q[4];
ry(pi*0.467398496477) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006683940709) q[0];
ry(pi*-0.47523386182) q[1];
ry(pi*-0.059375185451) q[2];
ry(pi*0.043562083266) q[3];
ry(pi*0.214866177913) q[4];
ry(pi*-0.004625390469) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
