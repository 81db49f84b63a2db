// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.47153383451) q[0];
ry(pi*0.010873457202) q[1];
ry(pi*-0.015561192713) q[2];
ry(pi*-0.17080830829) q[3];
ry(pi*0.016342247374) q[4];
ry(pi*-0.14762935935) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.072561705188) q[0];
ry(pi*-0.164424339173) q[1];
ry(pi*0.010389835934) q[2];
ry(pi*0.491846058192) q[3];
ry(pi*-0.261508192689) q[4];
ry(pi*0.187231289449) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008699029127) q[0];
ry(pi*-0.154623065146) q[1];
ry(pi*0.202343671143) q[2];
ry(pi*-0.115324727469) q[3];
ry(pi*-0.002391924688) q[4];
ry(pi*-0.512321295722) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001641665612) q[0];
ry(pi*0.259393660986) q[1];
ry(pi*-0.280737508851) q[2];
ry(pi*-0.146707141516) q[3];
ry(pi*-0.023952204617) q[4];
ry(pi*-0.003021304831) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002623571413) q[0];
ry(pi*-0.007074236809) q[1];
ry(pi*-0.055887956479) q[2];
ry(pi*-0.222080906733) q[3];
ry(pi*0.03804362244) q[4];
ry(pi*0.006143349616) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
