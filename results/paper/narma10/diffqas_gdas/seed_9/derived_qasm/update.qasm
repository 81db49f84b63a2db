// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
ry(pi*-0.23776594287) q[0];
ry(pi*-0.060958375868) q[1];
ry(pi*0.28546043288) q[2];
ry(pi*-0.016346249438) q[3];
ry(pi*-0.339824526723) q[4];
ry(pi*0.009187802088) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002630686787) q[0];
ry(pi*0.01200038624) q[1];
ry(pi*-0.031563074923) q[2];
ry(pi*0.03881089933) q[3];
ry(pi*-0.04082326753) q[4];
ry(pi*0.166302546331) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.23060521049) q[0];
ry(pi*0.279364564937) q[1];
ry(pi*-0.112848394953) q[2];
ry(pi*0.032806845256) q[3];
ry(pi*0.056403275279) q[4];
ry(pi*0.263441003415) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011298024606) q[0];
ry(pi*-0.263965220434) q[1];
ry(pi*-0.098049831993) q[2];
ry(pi*-0.009486201314) q[3];
ry(pi*-0.016175518425) q[4];
ry(pi*0.024902713189) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.017091596203) q[0];
ry(pi*0.086245955987) q[1];
ry(pi*-0.022945230776) q[2];
ry(pi*0.195351189089) q[3];
ry(pi*0.011520260701) q[4];
ry(pi*0.002184211787) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
