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
ry(pi*0.009108110026) q[0];
ry(pi*0.05594665816) q[1];
ry(pi*-0.048887211794) q[2];
ry(pi*0.099066040818) q[3];
ry(pi*0.212415695766) q[4];
ry(pi*0.126845624942) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.273825888648) q[0];
ry(pi*-0.424867022352) q[1];
ry(pi*-0.364661826621) q[2];
ry(pi*-0.168280455278) q[3];
ry(pi*0.132421800867) q[4];
ry(pi*-0.300281241387) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.135803579307) q[0];
ry(pi*0.048918882053) q[1];
ry(pi*-0.038587670723) q[2];
ry(pi*0.00283160107) q[3];
ry(pi*-0.277483891322) q[4];
ry(pi*-0.259379374507) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.121987586491) q[0];
ry(pi*0.187108232207) q[1];
ry(pi*-0.117216604492) q[2];
ry(pi*0.163624410185) q[3];
ry(pi*-0.240025540202) q[4];
ry(pi*-0.287530758081) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.089786517353) q[0];
ry(pi*0.087976545682) q[1];
ry(pi*-0.017100825259) q[2];
ry(pi*-0.069127210968) q[3];
ry(pi*0.109227218383) q[4];
ry(pi*-0.004626235942) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
