// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005170955387) q[0];
ry(pi*-0.001948279444) q[1];
ry(pi*-0.001260329095) q[2];
ry(pi*0.000247141809) q[3];
ry(pi*0.002635244396) q[4];
ry(pi*0.001304186825) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006422139914) q[0];
ry(pi*0.001151159534) q[1];
ry(pi*-0.004363988102) q[2];
ry(pi*-0.001578457162) q[3];
ry(pi*-0.003320917423) q[4];
ry(pi*-0.012785691983) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001094213573) q[0];
ry(pi*0.001182980612) q[1];
ry(pi*-0.001305369805) q[2];
ry(pi*0.005673459874) q[3];
ry(pi*0.006139009007) q[4];
ry(pi*-0.000656037372) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001969438801) q[0];
ry(pi*-0.004244526196) q[1];
ry(pi*-0.000170433286) q[2];
ry(pi*-0.001827320174) q[3];
ry(pi*-0.000219582856) q[4];
ry(pi*-0.002042069147) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.071154069604) q[0];
ry(pi*0.043798739835) q[1];
ry(pi*0.060080037257) q[2];
ry(pi*0.060524881786) q[3];
ry(pi*-0.065997300497) q[4];
ry(pi*-0.003331706394) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
